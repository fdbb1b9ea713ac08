// Quiet twin of RequiredInitList: `required` + `init` on an ImmutableList<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.RequiredInitList;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required ImmutableList<int> Ports { get; init; }
}
