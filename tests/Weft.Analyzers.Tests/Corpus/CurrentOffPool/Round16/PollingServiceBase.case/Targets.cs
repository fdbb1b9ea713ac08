using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.R16.PollingServiceBase;

[ThreadLocalSlot]
public sealed partial class Targets
{
    public ImmutableArray<string> Hosts { get; init; } = [];
}
