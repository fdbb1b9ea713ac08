// The state of Slot<T>.RunOnAllThreads<TState> reaches every thread at once.
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
        routers.RunOnAllThreads((router, state) => router.Merge(state), extra, () => { }); // expect: WEFT0007
    }
}
