// WEFT0008 across files: a holder (this file) keeps a Lazy<Scratch>; Boot.cs hands Slot<T>.SetAsync a factory returning
// its Value, one object for every worker.
using System;

namespace Corpus.PerWorkerCallbacks.R9.LazyFieldFactoryElsewhere;

public sealed class Scratch
{
    public char[] Chars { get; } = new char[1024];
}

public sealed class Shared
{
    public Lazy<Scratch> Scratch { get; } = new(() => new Scratch());
}
