// An extension method on the snapshot type itself that records a seen id in the catalog's own set. #escape: call or write inside.
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

namespace Corpus.SnapshotWrites.Round10.ExtensionOnSnapshotType;

public static class CatalogExtensions
{
    public static bool MarkSeen(this Catalog catalog, string id) => catalog.Seen.Add(id); // expect: WEFT0003 #escape
}

public sealed class Visitor
{
    private readonly HashSet<string> _mine = new();

    public bool Visit(string id) => Shared.Catalog.MarkSeen(id); // expect: WEFT0003 #escape
}
