// A frozen dictionary as the broadcast state.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Broadcast.SlotState;

public sealed class Router
{
    private readonly Dictionary<string, string> _overrides = new();

    public void Merge(IReadOnlyDictionary<string, string> extra)
    {
        foreach (var pair in extra)
        {
            _overrides[pair.Key] = pair.Value;
        }
    }
}

public static class RouterAdmin
{
    public static void Apply(Slot<Router> routers, Dictionary<string, string> extra)
    {
        FrozenDictionary<string, string> frozen = extra.ToFrozenDictionary();
        routers.RunOnAllThreads((router, state) => router.Merge(state), frozen, () => { });
    }
}
