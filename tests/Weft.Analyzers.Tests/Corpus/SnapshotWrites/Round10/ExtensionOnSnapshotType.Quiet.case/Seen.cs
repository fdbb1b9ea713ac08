// An extension method on the snapshot type itself that answers whether
// the id is new, recording it in a set the worker owns. #escape: call or write inside.
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

namespace Corpus.SnapshotWrites.Round10.ExtensionOnSnapshotTypeQuiet;

public static class CatalogExtensions
{
    public static bool MarkSeen(this Catalog catalog, string id, HashSet<string> mine) => !catalog.Seen.Contains(id) && mine.Add(id);
}

public sealed class Visitor
{
    private readonly HashSet<string> _mine = new();

    public bool Visit(string id) => Shared.Catalog.MarkSeen(id, _mine);
}
