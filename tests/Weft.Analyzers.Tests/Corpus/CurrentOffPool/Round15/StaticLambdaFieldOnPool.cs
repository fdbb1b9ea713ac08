// Round 15, WEFT0005, a short request handler: the status endpoint keeps its formatter as a `static` lambda in a
// static read-only Func<string> field and runs it through Task.Run. The lambda reads the snapshot's Current, which
// has no value on a pool thread. The page: a lambda run through a variable on another thread is reported at its read
// of Current when it lies in the same file.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.StaticLambdaFieldOnPool;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public string Name { get; init; } = "default";
    public int MaxRps { get; init; }
}

public static class StatusHandler
{
    private static readonly Func<string> s_describe =
        static () => $"{Limits.Current.Name}: {Limits.Current.MaxRps} rps"; // expect: WEFT0005

    public static Task<string> DescribeAsync(bool verbose) =>
        verbose ? Task.Run(s_describe) : Task.FromResult("ok");
}
