import LabCore
import Models

/// `train KIND [options] on DATA [as NAME]`: fits a model; binds it to NAME (default: KIND).
enum TrainDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let kindPart = inv.slot("model kind"), let kindName = kindPart.value.asName else {
            throw inv.failure("train needs a model kind, e.g. train tree max_depth=3 on digits.train")
        }
        if kindName == "transformer" { return try TransformerTrainDirective.run(inv, &ctx) }
        guard let kind = ModelCatalog.byName[kindName] else {
            throw inv.failure("unknown model '\(kindName)'", at: kindPart,
                              hint: suggestionHint(kindName, ModelCatalog.kinds.map(\.name)))
        }
        guard let (path, dataPart) = try inv.path("data") else {
            throw inv.failure("train needs the data to fit on: add 'on DATA', e.g. on digits.train")
        }
        let data = try ctx.dataset(path, in: inv, at: dataPart)
        let x = data.features()
        guard x.columns > 0 else {
            throw inv.failure("'\(data.name)' has no numeric features to train on", at: dataPart)
        }
        let target: ModelCatalog.TrainingTarget
        do {
            switch kind.task {
            case .classification:
                let codes = try data.targetCodes()
                guard Set(codes).count >= 2 else {
                    throw inv.failure("'\(data.name)' holds only one class; a classifier needs at least two", at: dataPart)
                }
                target = .classes(codes: codes, count: data.classKeys.count)
            case .regression:
                target = .values(try data.targetValues())
            }
        } catch let error as DataError {
            throw inv.failure(error.description, at: dataPart)
        }
        let fitted: ModelCatalog.TrainedModel
        var history: TrainingHistory? = nil
        let task = TrainProgress.start(kind.name, inv, ctx.progress)
        defer { task?.finish() }
        var options = ModelOptions(inv: inv)
        options.onProgress = task.map { task in { task.advance(by: $0) } }
        do {
            if kind.name == "sgd", case .classes(let codes, let count) = target {
                let validation = try validationData(inv, &ctx, classKeys: data.classKeys)
                let (model, epochs) = try options.sgd().fit(x, codes, classCount: count, validation: validation)
                fitted = .classifier(model)
                history = epochs
            } else {
                fitted = try kind.fit(options, x, target)
            }
        } catch let failure as DirectiveFailure {
            throw failure
        } catch {
            // A bad hyper-parameter points at the option that set it, when one did.
            throw inv.failure("cannot train \(kind.name): \(error)", at: optionPart(for: error, inv) ?? kindPart)
        }
        let name = inv.binding?.value.asName ?? kind.name
        var outputs: [Output] = []
        var warnings: [String] = []
        switch fitted {
        case .classifier(let model):
            ctx.session.bind(name, .classifier(TrainedClassifier(
                kind: kind.name, model: model, classKeys: data.classKeys, classNames: data.classNames, featureCount: x.columns, trainedOn: data.name, history: history,
                featureScaling: data.featureScaling)))
            warnings = model.warnings
        case .regressor(let model):
            ctx.session.bind(name, .regressor(TrainedRegressor(kind: kind.name, model: model, featureCount: x.columns, trainedOn: data.name,
                                                                 featureScaling: data.featureScaling)))
            warnings = model.warnings
        }
        let settings = inv.options.map { "\($0.key)=\($0.part.value)" }.joined(separator: ", ")
        var estimator = kind.estimator
        if kind.name == "naive_bayes" { estimator = try inv.text("variant") == "multinomial" ? "MultinomialNB" : "GaussianNB" }
        outputs.append(.text("Trained `\(name)`: \(estimator)(\(settings)) on `\(data.name)` (\(x.rows) rows, \(x.columns) features)."))
        outputs += warnings.map { Output.warning("\(name): \($0)") }
        if let history { outputs.append(.table(historyTable(history, name: name, inv: inv, ctx: &ctx))) }
        return outputs
    }

    /// `validate=DATA`: features and class codes watched after every epoch, the codes
    /// re-expressed in the training data's classes (`classKeys`).
    /// - Throws: a located error when DATA has no class target or holds a class the training data lacks.
    static func validationData(_ inv: Invocation, _ ctx: inout ExecutionContext,
                               classKeys: [String]) throws -> (x: FeatureMatrix, y: [Int])? {
        guard let part = inv.option("validate") else { return nil }
        guard let path = part.value.asPath else { throw inv.failure("validate= expects a dataset name", at: part) }
        let data = try ctx.dataset(path, in: inv, at: part)
        let codes: [Int]
        do { codes = try data.targetCodes() } catch {
            throw inv.failure("'\(data.name)' has no class target to validate on", at: part)
        }
        var trainingCode: [String: Int] = [:]
        for (k, key) in classKeys.enumerated() { trainingCode[key] = k }
        let mapped = data.classKeys.map { trainingCode[$0] }
        var y: [Int] = []
        y.reserveCapacity(codes.count)
        for code in codes {
            guard code < mapped.count, let c = mapped[code] else {
                let key = code < data.classKeys.count ? data.classKeys[code] : "?"
                throw inv.failure("'\(data.name)' holds class '\(key)', which the training data does not have "
                                  + "(classes: \(classKeys.joined(separator: ", ")))", at: part)
            }
            y.append(c)
        }
        return (data.features(), y)
    }

    /// The per-epoch table, with one result record per figure.
    static func historyTable(_ history: TrainingHistory, name: String, inv: Invocation, ctx: inout ExecutionContext) -> ResultTable {
        let validated = history.epochs.first?.validationLoss != nil
        var rows: [[String]] = []
        for e in history.epochs {
            var row = [String(e.epoch), NumberText.fixed(e.trainingLoss, digits: 4)]
            var figures: [(String, Double)] = [("training_loss", e.trainingLoss)]
            if let loss = e.validationLoss, let accuracy = e.validationAccuracy {
                row += [NumberText.fixed(loss, digits: 4), NumberText.fixed(accuracy, digits: 4)]
                figures += [("validation_loss", loss), ("validation_accuracy", accuracy)]
            }
            rows.append(row)
            for (metric, value) in figures {
                ctx.records.append(ResultRecord(line: inv.line, directive: "train", model: name, data: nil, metric: metric,
                                                qualifiers: [("epoch", .number(Double(e.epoch)))], fields: [("value", .number(value))]))
            }
        }
        let header = validated ? ["epoch", "training loss", "validation loss", "validation accuracy"] : ["epoch", "training loss"]
        return ResultTable(caption: "Training of \(name), per epoch", header: header, rows: rows)
    }

    static func suggestionHint(_ word: String, _ candidates: [String]) -> String {
        if let s = LabScriptBridge.suggestion(word, candidates) { return "did you mean '\(s)'?" }
        return "known: \(candidates.joined(separator: ", "))"
    }

    /// The option a `ModelError.invalidHyperParameter` came from (`maxFeatures` → `max_features`, `c` → `C`).
    static func optionPart(for error: Error, _ inv: Invocation) -> Invocation.Part? {
        guard case let ModelError.invalidHyperParameter(name, _, _)? = error as? ModelError else { return nil }
        var key = ""
        for ch in name {
            if ch.isUppercase { key += "_" + ch.lowercased() } else { key.append(ch) }
        }
        return inv.option(key) ?? inv.option(key.uppercased()) ?? inv.option(name)
    }
}
