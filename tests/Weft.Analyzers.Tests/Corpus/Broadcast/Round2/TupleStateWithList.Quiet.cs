// Round 2. The tuple carries an ImmutableArray; each worker builds its own list from it.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.Round2.TupleState;

public sealed class Router
{
    public Dictionary<string, List<string>> Pools { get; } = new();
}

public static class Admin
{
    public static Task AddPoolAsync(Slot<Router> slot, string name, List<string> members) =>
        slot.RunOnAllThreadsAsync(static (router, state) => router.Pools[state.name] = new List<string>(state.members), (name, members: members.ToImmutableArray()));
}
