// Round 2. The same ref-returning helper, used on this worker's own copy of the quotas.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Round2.RefReturn;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public ImmutableArray<int> PerTenant { get; init; }
}

public static class QuotaMath
{
    public static ref int At(int[] values, int index) => ref values[index];

    public static int[] Exhausted(int tenant)
    {
        int[] mine = Quotas.Current.PerTenant.ToArray();
        ref int quota = ref At(mine, tenant);
        quota = 0;
        return mine;
    }
}
