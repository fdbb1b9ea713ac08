// Round 2. A helper returns a ref into the array it is given; given the snapshot's array, the caller's write lands in
// shared data.
using Weft;

namespace Corpus.Views.Round2.RefReturn;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public int[] PerTenant { get; init; } = []; // expect: WEFT0001
}

public static class QuotaMath
{
    public static ref int At(int[] values, int index) => ref values[index];

    public static void Exhaust(int tenant)
    {
        ref int quota = ref At(Quotas.Current.PerTenant, tenant);
        quota = 0; // expect: WEFT0003
    }
}
