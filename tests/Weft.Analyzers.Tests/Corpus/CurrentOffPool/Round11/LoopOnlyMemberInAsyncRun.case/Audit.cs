using System.Threading.Tasks;

namespace Corpus.R11.LoopOnlyMemberInAsyncRun;

public static class Audit
{
    public static Task<int> LaterAsync(string tenant) => Task.Run(async () =>
    {
        await Task.Delay(10);
        return Quota.UsedBy(tenant); // expect: WEFT0005
    });
}
