// WEFT0001: an `object` member ("object members are reported").
using Weft;

namespace Corpus6a.ObjectTag;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public object Tag { get; init; } = "default"; // expect: WEFT0001 "Tag"
}
