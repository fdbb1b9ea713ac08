// After a commit the snapshotter holds a fresh copy, so the
// editor adds to the next version.
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

namespace Corpus.PublishedWrites.Round10.PublishedFieldExposedByPropertyQuiet;

public static class Editor
{
    public static void AddAndCommit(Snapshotter snapshotter, string name)
    {
        snapshotter.Commit();
        snapshotter.Names.Add(name);
    }
}
