// Round 2. The same members as ImmutableArray and ImmutableHashSet.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.Round2.ArrayAndSet;

[ThreadLocalSlot]
public sealed partial class Listeners
{
    public readonly ImmutableArray<int> Ports = [80, 443];
    public ImmutableHashSet<string> Names { get; init; } = ImmutableHashSet<string>.Empty;
}
