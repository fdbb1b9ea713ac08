// Twin: a FrozenDictionary as the state.
using System.Collections.Frozen;
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R8.RunOnAllThreadsDictionaryStateQuiet;

public sealed class Limits
{
    public readonly Dictionary<string, int> PerRoute = new();
}

public static class Ops
{
    private static readonly Action<Limits, FrozenDictionary<string, int>> s_apply = static (limits, c) =>
    {
        foreach (var (route, n) in c)
        {
            limits.PerRoute[route] = n;
        }
    };

    public static Task PushAsync(Slot<Limits> slot, Dictionary<string, int> changes) =>
        slot.RunOnAllThreadsAsync(s_apply, changes.ToFrozenDictionary());
}
