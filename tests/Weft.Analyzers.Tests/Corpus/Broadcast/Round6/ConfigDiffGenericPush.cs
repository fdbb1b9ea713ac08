// Config reloader: a diff (added and removed keys) is pushed to every worker's config view through a generic
// helper over Slot<T>.RunOnAllThreadsAsync<TState>. Defect: the diff class holds Lists, so the one mutable diff
// reaches every worker (WEFT0007; #escape: the [Published] parameter is typed TState inside the helper, so the
// report may be at the caller's argument or at the helper's hand-over).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.ConfigDiffGenericPush;

public sealed class ConfigDiff(List<string> added, List<string> removed)
{
    public List<string> Added { get; } = added;
    public List<string> Removed { get; } = removed;
}

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
        slot.RunOnAllThreadsAsync(apply, state); // expect: WEFT0007 #escape
}

public static class Reloader
{
    public static Task ReloadAsync(Slot<ConfigView> slot, IReadOnlyCollection<string> before, IReadOnlyCollection<string> after)
    {
        var diff = new ConfigDiff(after.Except(before).ToList(), before.Except(after).ToList());
        return SlotPush.PushAsync(slot, static (view, d) => view.Apply(d), diff); // expect: WEFT0007 #escape
    }
}
