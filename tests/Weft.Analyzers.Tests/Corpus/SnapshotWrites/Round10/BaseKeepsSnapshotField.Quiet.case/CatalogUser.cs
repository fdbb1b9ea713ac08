// A base class that keeps the shared catalog in a protected read-only field (its only value).
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

public abstract class CatalogUser
{
    protected readonly Catalog Catalog = Shared.Catalog;
}
