// WEFT0002 and WEFT0003: a normalising step kept in a readonly delegate field (a static lambda and a method group)
// and invoked with a published list after the publish, and with Current's list on a worker.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus5a.DelegateFieldWritesArgument;

[ThreadLocalSlot]
public sealed partial class Names
{
    public List<string> All { get; init; } = new(); // expect: WEFT0001
}

public sealed class NamesPublisher(Slot<List<string>> slot)
{
    private static readonly Action<List<string>> s_sort = static l => l.Sort();
    private readonly Action<List<string>> _dedupe = Dedupe;

    private static void Dedupe(List<string> names) => names.RemoveAll(n => n.Length == 0);

    public void Publish(IEnumerable<string> names)
    {
        var list = new List<string>(names);
        slot.Publish(list);
        s_sort(list); // expect: WEFT0002
        _dedupe(list); // expect: WEFT0002
    }

    public void OnWorker() => _dedupe(Names.Current.All); // expect: WEFT0003
}
