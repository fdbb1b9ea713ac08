// A write under `lock` on a System.Threading.Lock before the publish: the list is finished when it is handed over.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.R12.LockDoesNotUnpublishQuiet;

public sealed class Registry
{
    private readonly Lock _gate = new();
    private readonly List<string> _names = [];

    public void Publish(Slot<List<string>> slot, string name)
    {
        var names = new List<string>(_names) { name };
        lock (_gate)
        {
            names.Add("audit");
        }

        slot.Publish(names);
    }
}
