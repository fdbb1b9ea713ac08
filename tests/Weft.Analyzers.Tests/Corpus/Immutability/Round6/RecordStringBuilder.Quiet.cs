// Quiet twin of RecordStringBuilder: the text is a string.
using Weft;

namespace Corpus6a.RecordStringBuilder;

[ThreadLocalSlot]
public sealed partial record Banner
{
    public string Text { get; init; } = "hello";
}
