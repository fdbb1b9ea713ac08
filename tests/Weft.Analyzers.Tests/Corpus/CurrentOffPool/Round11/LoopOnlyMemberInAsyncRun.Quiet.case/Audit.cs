using System.Threading.Tasks;

namespace Corpus.R11.LoopOnlyMemberInAsyncRunQuiet;

public static class Audit
{
    public static Task<int> LaterAsync(string tenant)
    {
        int used = Quota.UsedBy(tenant);
        return Task.Run(async () =>
        {
            await Task.Delay(10);
            return used;
        });
    }
}
