import LabRuntime
import Testing

@Test func nonFiniteNumbersAreWrittenAsStrings() {
    let value = JSONValue.numbers([.infinity, -.infinity, .nan, 1, 0.1])
    #expect(value.serialized() == "[\"inf\",\"-inf\",\"nan\",1,0.1]")
}

@Test func numbersKeepFullPrecision() {
    #expect(JSONValue.number(0.9466666666666667).serialized() == "0.9466666666666667")
    #expect(JSONValue.number(1e-17).serialized() == "1e-17")
}

@Test func recordKeysFollowTheContractOrder() {
    let record = ResultRecord(line: 12, directive: "evaluate", model: "tree", data: "digits.test", metric: "precision",
                              qualifiers: [("average", .string("binary"))], fields: [("value", .number(0.5))])
    #expect(record.json.serialized() == "{\"line\":12,\"directive\":\"evaluate\",\"model\":\"tree\",\"data\":\"digits.test\",\"metric\":\"precision\",\"average\":\"binary\",\"value\":0.5}")
}

@Test func stringsEscapeQuotesAndControlCharacters() {
    #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"")
}

@Test func prettyOutputKeepsNumberArraysOnOneLine() {
    let value = JSONValue.object([("x", .numbers([1, 2])), ("y", .object([("z", .bool(true))]))])
    #expect(value.pretty() == "{\n \"x\": [1, 2],\n \"y\": {\n  \"z\": true\n }\n}")
}
