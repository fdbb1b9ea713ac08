using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.VirtualGetterOnPool;

public static class Compactor
{
    public static Task<int> Plan(int items)
    {
        BatchSize size = new CurrentBatchSize();
        return Task.Run(() => (items + size.Value - 1) / size.Value); // expect: WEFT0005
    }
}
