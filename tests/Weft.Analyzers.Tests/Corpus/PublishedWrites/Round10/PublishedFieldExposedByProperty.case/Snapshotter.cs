// A publisher type whose field it publishes is also exposed by a property. Reading taken: the property returns the
// published field's object, so a write through it from another class writes what Commit published (the page: "a
// field that ever held it", "in any method"; writes through a getter that returns it are writes to that object).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PublishedWrites.Round10.PublishedFieldExposedByProperty;

public sealed class Snapshotter
{
    private readonly Slot<List<string>> _slot;
    private readonly List<string> _names = new();

    public Snapshotter(Slot<List<string>> slot) => _slot = slot;

    public List<string> Names => _names;

    public void Commit()
    {
        _slot.Publish(_names);
        
    }
}
