// Quiet twin of ConfigDiffGenericPush: the diff holds ImmutableArrays.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.ConfigDiffGenericPush;

public sealed record ConfigDiff(ImmutableArray<string> Added, ImmutableArray<string> Removed);

public sealed class ConfigView
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public void Apply(ConfigDiff diff)
    {
        _keys.UnionWith(diff.Added);
        _keys.ExceptWith(diff.Removed);
    }
}

public static class SlotPush
{
    public static Task PushAsync<TState>(Slot<ConfigView> slot, Action<ConfigView, TState> apply, TState state) =>
        slot.RunOnAllThreadsAsync(apply, state);
}

public static class Reloader
{
    public static Task ReloadAsync(Slot<ConfigView> slot, IReadOnlyCollection<string> before, IReadOnlyCollection<string> after)
    {
        var diff = new ConfigDiff(after.Except(before).ToImmutableArray(), before.Except(after).ToImmutableArray());
        return SlotPush.PushAsync(slot, static (view, d) => view.Apply(d), diff);
    }
}
