// Quiet twin of DelegateFieldWritesArgument: the delegate fields run on the list before its publish, and on a worker's
// copy of the snapshot's names.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;

namespace Corpus5a.DelegateFieldWritesArgumentQuiet;

[ThreadLocalSlot]
public sealed partial class Names
{
    public ImmutableArray<string> All { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class NamesPublisher(Slot<List<string>> slot)
{
    private static readonly Action<List<string>> s_sort = static l => l.Sort();
    private readonly Action<List<string>> _dedupe = Dedupe;

    private static void Dedupe(List<string> names) => names.RemoveAll(n => n.Length == 0);

    public void Publish(IEnumerable<string> names)
    {
        var list = new List<string>(names);
        s_sort(list);
        _dedupe(list);
        slot.Publish(list);
    }

    public void OnWorker() => _dedupe(new List<string>(Names.Current.All));
}
