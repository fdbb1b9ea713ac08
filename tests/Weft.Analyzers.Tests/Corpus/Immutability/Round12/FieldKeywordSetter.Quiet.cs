// C# 14 `field` keyword in an `init` accessor that trims: set once while the object is built.
using Weft;

namespace Corpus.R12.FieldKeywordSetterQuiet;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public string Text { get; init => field = value.Trim(); } = "";
}
