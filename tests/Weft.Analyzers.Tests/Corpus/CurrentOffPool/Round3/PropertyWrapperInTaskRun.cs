// Round 3. A convenience property wraps Current; it is read inside Task.Run. The docs do not say whether the report lands on the property's read or on the call site, so either.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Round3.PropertyWrapperInTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Routes
{
    private static ImmutableArray<string> Hosts => RouteTable.Current.Hosts; // expect: WEFT0005 #escape

    public static Task<int> CountAsync() => Task.Run(() => Hosts.Length); // expect: WEFT0005 #escape
}
