// A derived class in a third file adds to its own list, seeded from the catalog.
// Reading taken: the field's only value is [SharedSnapshot] data, so a write through it is WEFT0003 at the write.
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

namespace Corpus.SnapshotWrites.Round10.BaseKeepsSnapshotFieldQuiet;

public sealed class Suggester : CatalogUser
{
    private readonly List<string> _names = new();

    public int Learn(string name)
    {
        if (_names.Count == 0)
        {
            _names.AddRange(Catalog.Names);
        }

        var names = _names;
        names.Add(name);
        return names.Count;
    }
}
