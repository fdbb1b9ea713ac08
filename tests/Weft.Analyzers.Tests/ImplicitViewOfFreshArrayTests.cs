using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-only view over an array made for the call is quiet (WEFT0007 page), also when the view is made by the
/// parameter type's implicit conversion (<c>LoadOnAllWorkersAsync(pool, pem[16..])</c> to a <c>ReadOnlyMemory&lt;byte&gt;</c>),
/// as with <c>new ReadOnlyMemory&lt;byte&gt;(pem[16..])</c>. Was reported (corpus round 18). The caller's own array
/// converted the same way is still reported: every worker views the one array the caller may change.
/// </summary>
public sealed class ImplicitViewOfFreshArrayTests
{
    [Fact]
    public Task An_implicit_view_of_a_fresh_copy_is_quiet_of_the_callers_array_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>("""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class CertCache
        {
            private int _bytes;

            [WorkerUpdate]
            public void Load(ReadOnlyMemory<byte> pem) => _bytes += pem.Length;
        }

        public static class Certs
        {
            public static Task Range(WorkerPool pool, byte[] pem) => CertCache.LoadOnAllWorkersAsync(pool, pem[16..]);

            public static Task Copy(WorkerPool pool, byte[] pem) => CertCache.LoadOnAllWorkersAsync(pool, pem.ToArray());

            public static Task Kept(WorkerPool pool, byte[] pem) => CertCache.LoadOnAllWorkersAsync(pool, {|WEFT0007:pem|});
        }
        """);
}
