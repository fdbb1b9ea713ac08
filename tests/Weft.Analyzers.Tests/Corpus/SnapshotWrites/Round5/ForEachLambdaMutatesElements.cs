// WEFT0003: List<T>.ForEach, Array.ForEach and a Select whose lambda writes each element: the elements are the
// snapshot's objects. WEFT0001: an immutable collection of mutable elements, and a list.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ForEachLambdaMutatesElements;

public sealed class Backend
{
    public int Failures;
    public string Host = "";
}

[ThreadLocalSlot]
public sealed partial class Backends
{
    public List<Backend> All { get; init; } = new(); // expect: WEFT0001
    public ImmutableArray<Backend> Healthy { get; init; } = ImmutableArray<Backend>.Empty; // expect: WEFT0001
}

public static class Worker
{
    public static void Reset()
    {
        Backends.Current.All.ForEach(b => b.Failures = 0); // expect: WEFT0003
        Array.ForEach(Backends.Current.Healthy.ToArray(), b => b.Failures++); // expect: WEFT0003
        var touched = Backends.Current.Healthy.Select(b => { b.Host = b.Host.Trim(); return b; }).ToList(); // expect: WEFT0003
        Console.WriteLine(touched.Count);
    }
}
