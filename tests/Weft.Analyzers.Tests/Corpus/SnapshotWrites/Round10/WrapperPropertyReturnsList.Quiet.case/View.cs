// A wrapper whose property returns the wrapped catalog's list; the worker copies it first and
// adds to the copy. Reported at the Add.
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

namespace Corpus.SnapshotWrites.Round10.WrapperPropertyReturnsListQuiet;

public sealed class CatalogView
{
    private readonly Catalog _catalog;

    public CatalogView(Catalog catalog) => _catalog = catalog;

    public List<string> Names => _catalog.Names;
}

public static class Suggest
{
    public static int Count(string extra)
    {
        var names = new CatalogView(Shared.Catalog).Names.ToList();
        names.Add(extra);
        return names.Count;
    }
}
