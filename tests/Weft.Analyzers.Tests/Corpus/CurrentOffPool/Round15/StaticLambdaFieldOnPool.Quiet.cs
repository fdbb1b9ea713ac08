// Round 15, WEFT0005 quiet twin: the handler runs the formatter on its worker (Task.FromResult(s_describe())).
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.StaticLambdaFieldOnPoolQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public string Name { get; init; } = "default";
    public int MaxRps { get; init; }
}

public static class StatusHandler
{
    private static readonly Func<string> s_describe =
        static () => $"{Limits.Current.Name}: {Limits.Current.MaxRps} rps";

    public static Task<string> DescribeAsync(bool verbose) =>
        verbose ? Task.FromResult(s_describe()) : Task.FromResult("ok");
}
