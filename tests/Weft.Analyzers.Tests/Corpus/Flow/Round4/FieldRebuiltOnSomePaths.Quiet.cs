// Quiet twin of FieldRebuiltOnSomePaths: the field is given a NEW list on every path before it is written (if/else
// both assigning, a switch expression whose arms all build a list, an unconditional assignment), which WEFT0002
// says is not reported: "a method that builds a new one on every path before writing it ... writes nothing an earlier
// call published". The lambda form captures a local instead of the field.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.FieldRebuiltOnSomePathsQuiet;

public sealed class NamePublisher
{
    private readonly Slot<List<string>> _slot;
    private List<string> _names = new();

    public NamePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void PublishSized(string name, int count)
    {
        if (count > 100)
        {
            _names = new List<string>(count);
        }
        else
        {
            _names = new List<string>();
        }

        _names.Add(name);
        _slot.Publish(_names);
    }

    public void PublishByKind(string name, int kind)
    {
        _names = kind switch
        {
            0 => new List<string>(),
            1 => new List<string>(16),
            _ => new List<string>(_names),
        };
        _names.Add(name);
        _slot.Publish(_names);
    }

    public void PublishThroughLambda(string name)
    {
        var fresh = new List<string>();
        Action add = () => fresh.Add(name);
        add();
        _names = fresh;
        _slot.Publish(_names);
    }
}
