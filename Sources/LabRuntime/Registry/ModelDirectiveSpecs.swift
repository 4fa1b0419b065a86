import LabScript

/// Specs of the modelling directives: train, predict, evaluate, plot, expect.
enum ModelDirectiveSpecs {
    static let all: [RegisteredDirective] = []
}
