/// Reading scalars straight from the UTF-8 bytes of a Swift string, which are valid UTF-8: the
/// lexer and the caret's placement read bytes rather than decode the whole text.
enum ValidUTF8 {
    /// The scalar value whose UTF-8 starts at `index`, and how many bytes it takes. The bytes must
    /// be valid UTF-8 (a Swift string's) and `index` the start of a scalar.
    static func scalar<Bytes: RandomAccessCollection>(in bytes: Bytes, at index: Int) -> (value: UInt32, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in index + 1..<index + length { value = value << 6 | (UInt32(bytes[next]) & 0x3F) }
        return (value, length)
    }
}
