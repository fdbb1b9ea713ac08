using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.VirtualGetterOnPoolQuiet;

public static class Compactor
{
    public static Task<int> Plan(int items)
    {
        BatchSize size = new CurrentBatchSize();
        int batch = size.Value;
        return Task.Run(() => (items + batch - 1) / batch);
    }
}
