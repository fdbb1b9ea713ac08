// A derived class in a third file adds to the inherited catalog's list.
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

namespace Corpus.SnapshotWrites.Round10.BaseKeepsSnapshotField;

public sealed class Suggester : CatalogUser
{
        public int Learn(string name)
    {
        var names = Catalog.Names;
        names.Add(name); // expect: WEFT0003
        return names.Count;
    }
}
