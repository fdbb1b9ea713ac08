// WEFT0007 across files: a user wrapper (this file) whose parameter is marked [Published] and forwards to
// RunOnAllThreadsAsync; Rollout.cs passes it a HashSet.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Broadcast.R9.UserPublishedWrapperElsewhere;

public sealed class Drainer
{
    public HashSet<string> Draining { get; } = new();
}

public sealed class Fleet(Slot<Drainer> slot)
{
    public Task DrainAsync([Published] IReadOnlySet<string> hosts) =>
        slot.RunOnAllThreadsAsync((drainer, h) => drainer.Draining.UnionWith(h), hosts);
}
