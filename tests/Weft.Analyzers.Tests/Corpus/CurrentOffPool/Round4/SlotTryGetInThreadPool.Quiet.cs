// Quiet twin of SlotTryGetInThreadPool: TryGet runs on the worker; the immutable record goes to the thread pool as
// the callback's state.
using System.Threading;
using Weft.Slots;

namespace Corpus.Round4.SlotTryGetInThreadPool;

public sealed record TenantQuota(string Tenant, long Bytes);

public sealed class QuotaAuditor
{
    readonly Slot<TenantQuota> _quota;

    public QuotaAuditor(Slot<TenantQuota> quota) => _quota = quota;

    public void AuditLater(string requestId)
    {
        if (_quota.TryGet(out var quota))
        {
            ThreadPool.QueueUserWorkItem(q =>
            {
                System.Console.WriteLine($"{requestId}: {q.Tenant} {q.Bytes}");
            }, quota, preferLocal: true);
        }
    }
}
