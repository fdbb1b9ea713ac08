// A publisher's list field is rebuilt on SOME paths only before it is written: `??=` (a new list only when the field
// was null), a conditional expression that may keep the old list, an `if` without `else`. WEFT0002 "Published fields":
// "Assigned on one path only, the write may reach the old object and is reported." And: "A lambda or local function
// may run after the field changed again, so in its body the field may always hold the published object" — so the
// lambda's write is reported even though a new list was assigned just before it was made.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.FieldRebuiltOnSomePaths;

public sealed class NamePublisher
{
    private readonly Slot<List<string>> _slot;
    private List<string>? _names;

    public NamePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void PublishLazily(string name)
    {
        _names ??= new List<string>();
        _names.Add(name); // expect: WEFT0002
        _slot.Publish(_names);
    }

    public void PublishMaybeFresh(string name, bool fresh)
    {
        _names = fresh ? new List<string>() : _names ?? new List<string>();
        _names.Add(name); // expect: WEFT0002
        _slot.Publish(_names);
    }

    public void PublishIfLarge(string name, int count)
    {
        if (count > 100)
        {
            _names = new List<string>(count);
        }

        _names?.Add(name); // expect: WEFT0002
        _slot.Publish(_names ?? new List<string>());
    }

    public void PublishThroughLambda(string name)
    {
        _names = new List<string>();
        Action add = () => _names.Add(name); // expect: WEFT0002
        add();
        _slot.Publish(_names);
    }
}
