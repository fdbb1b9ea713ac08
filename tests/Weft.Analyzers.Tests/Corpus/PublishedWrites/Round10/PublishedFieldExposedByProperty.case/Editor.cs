// After a commit the editor adds to the list the snapshotter just published.
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

public static class Editor
{
    public static void AddAndCommit(Snapshotter snapshotter, string name)
    {
        snapshotter.Commit();
        snapshotter.Names.Add(name); // expect: WEFT0002
    }
}
