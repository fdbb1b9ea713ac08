// Round 3. The metadata stored at its real immutable type (a string): quiet.
using Weft;

namespace Corpus.Immutability.Round3.ObjectTag;

[ThreadLocalSlot]
public sealed partial class RouteTag
{
    public string Name { get; init; } = "";

    public string? Metadata { get; init; }
}
