// `??=` fills a field on first use; the field's list is published and, on a later call, written above the publish:
// the previous call published that very list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.NullCoalescingAssignedThenWritten;

public sealed class Registry(Slot<List<string>> slot)
{
    private List<string>? _names;

    public void Register(string name)
    {
        _names ??= new List<string>();
        _names.Add(name); // expect: WEFT0002
        slot.Publish(_names);
    }
}
