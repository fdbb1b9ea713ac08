// Quiet twin of ForEachLambdaMutatesElements: the elements are immutable records; ForEach only reads them, and the
// Select builds new records with `with`.
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ForEachLambdaMutatesElementsQuiet;

public sealed record Backend(string Host, int Failures);

[ThreadLocalSlot]
public sealed partial class Backends
{
    public ImmutableArray<Backend> All { get; init; } = ImmutableArray<Backend>.Empty;
    public ImmutableArray<Backend> Healthy { get; init; } = ImmutableArray<Backend>.Empty;
}

public static class Worker
{
    public static int Reset()
    {
        int failures = 0;
        Backends.Current.All.ToList().ForEach(b => failures += b.Failures);
        Array.ForEach(Backends.Current.Healthy.ToArray(), b => Console.WriteLine(b.Host));
        var trimmed = Backends.Current.Healthy.Select(b => b with { Host = b.Host.Trim() }).ToList();
        trimmed.Add(new Backend("extra", 0));
        return failures + trimmed.Count;
    }
}
