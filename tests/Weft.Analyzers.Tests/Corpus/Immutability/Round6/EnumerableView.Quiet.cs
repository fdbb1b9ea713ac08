// Quiet twin of EnumerableView: the member is typed ImmutableArray<string>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.EnumerableView;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}
