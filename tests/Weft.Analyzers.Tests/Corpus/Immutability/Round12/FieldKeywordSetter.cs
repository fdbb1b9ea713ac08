// C# 14 `field` keyword in a `set` accessor that trims: the property stays settable by any thread after the publish.
using Weft;

namespace Corpus.R12.FieldKeywordSetter;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public string Text { get; set => field = value.Trim(); } = ""; // expect: WEFT0001
}
