using System;
using System.Threading;
using Weft;
using Weft.Watchdog;

// Run by the guard-dog kill test in a child process: a worker stalls inside a named callback and the guard dog,
// with kill enabled, must abort the process with a message naming the dispatcher and the callback.
var options = new WorkerPoolOptions
{
    WorkerCount = 2,
    ThreadNamePrefix = "probe",
    GuardDog = new GuardDogOptions { MissTimeout = TimeSpan.FromMilliseconds(100), MegaMissTimeout = TimeSpan.Zero, KillTimeout = TimeSpan.FromMilliseconds(400) },
};
using var pool = WorkerPool.Start(options);
pool.Workers[1].Post(Stall.ForeverInACallback);
Console.WriteLine("stalling");
Thread.Sleep(TimeSpan.FromSeconds(30));
Console.WriteLine("the guard dog did not kill the process");
return 3;

internal static class Stall
{
    public static void ForeverInACallback() => Thread.Sleep(Timeout.Infinite);
}
