import LabScript
import Testing

@Test func accessorsReadTheirKindOnly() {
    let three = Value.number(3, literal: "3")
    #expect(three.asDouble == 3)
    #expect(three.asInt == 3)
    #expect(Value.number(2.5, literal: "2.5").asInt == nil)
    #expect(three.asString == nil)
    #expect(Value.identifier("tree").asString == "tree")
    #expect(Value.string("a b").asString == "a b")
    #expect(Value.string("a b").asName == nil)
    #expect(Value.dotted(["digits", "test"]).asPath == ["digits", "test"])
    #expect(Value.identifier("digits").asPath == ["digits"])
    #expect(Value.identifier("true").asBool == true)
    #expect(Value.identifier("no").asBool == false)
    #expect(Value.range(1, 2).asRange?.high == 2)
    #expect(Value.parameter("depth").asParameter == "depth")
    #expect(Value.list([three, .identifier("x")]).elements.count == 2)
    #expect(three.elements == [three])
}

@Test func descriptionRoundTripsTheSourceForm() {
    let value = Value.list([
        .number(1000, literal: "1_000"), .string("say \"hi\"\n"), .identifier("tree"),
        .dotted(["digits", "train"]), .parameter("depth"), .range(1, 2), .range(0.5, 1.5),
    ])
    #expect(value.description == "1_000,\"say \\\"hi\\\"\\n\",tree,digits.train,$depth,1..2,0.5..1.5")
    #expect(Value.identifier("x").quotedDescription == "'x'")
}

@Test func substitutingReplacesKnownParametersOnly() {
    let value = Value.list([.parameter("a"), .parameter("b")])
    #expect(value.substituting(["a": .number(1, literal: "1")]) == .list([.number(1, literal: "1"), .parameter("b")]))
}

@Test(arguments: ComparisonOperator.allCases)
func comparisonOperatorsMatchSwift(op: ComparisonOperator) {
    let expected: [Bool]
    switch op {
    case .greaterOrEqual: expected = [false, true, true]
    case .greater: expected = [false, false, true]
    case .lessOrEqual: expected = [true, true, false]
    case .less: expected = [true, false, false]
    case .equal: expected = [false, true, false]
    }
    #expect([0.8, 0.85, 0.9].map { op.holds($0, 0.85) } == expected)
}

@Test(arguments: [
    (ValueType.integer, Value.number(3, literal: "3"), true),
    (.integer, .number(3.5, literal: "3.5"), false),
    (.number, .string("3"), false),
    (.string, .identifier("review"), true),
    (.identifier, .string("review"), false),
    (.name, .dotted(["rt", "validation"]), true),
    (.bool, .identifier("true"), true),
    (.bool, .number(1, literal: "1"), false),
    (.choice(["cls", "mean"]), .string("mean"), true),
    (.choice(["cls", "mean"]), .identifier("max"), false),
    (.range, .range(1, 2), true),
    (.list(.integer), .list([.number(1, literal: "1"), .number(2, literal: "2")]), true),
    (.list(.integer), .number(1, literal: "1"), true),
    (.integer, .list([.number(1, literal: "1")]), false),
    (.any, .list([.identifier("x")]), true),
])
func valueTypesAcceptTheirValues(type: ValueType, value: Value, accepted: Bool) {
    #expect(type.accepts(value) == accepted)
}
