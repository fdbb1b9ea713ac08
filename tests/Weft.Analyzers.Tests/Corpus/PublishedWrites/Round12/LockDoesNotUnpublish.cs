// A write under `lock` on a System.Threading.Lock after the publish: workers read the object without the lock, so
// the lock guards nothing (the page names no lock exception for this rule).
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.R12.LockDoesNotUnpublish;

public sealed class Registry
{
    private readonly Lock _gate = new();
    private readonly List<string> _names = [];

    public void Publish(Slot<List<string>> slot, string name)
    {
        var names = new List<string>(_names) { name };
        slot.Publish(names);
        lock (_gate)
        {
            names.Add("audit"); // expect: WEFT0002
        }
    }
}
