"""Memory for several loaded models at once, by the same arithmetic as the verdicts.

Free memory read after a model is loaded does not show what that model will take (llama.cpp maps the weights, and
the page cache counts as available), so the host keeps the budget it saw while nothing was loaded and adds up the
estimates of what it loads against it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.fit.estimate import MemoryEstimate
from app.fit.verdict import Budget
from app.hardware import HardwareProfile


@dataclass(frozen=True)
class MemoryBudget:
    budget: Budget

    @staticmethod
    def of(profile: HardwareProfile, limit_bytes: int | None = None) -> MemoryBudget:
        """`limit_bytes` replaces the machine's memory with a fixed figure (no GPU): tests and a user's cap."""
        if limit_bytes is not None:
            return MemoryBudget(Budget(cpu=limit_bytes, gpus=(), gpu=(), unified=False))
        return MemoryBudget(Budget.of(profile))

    def fits(self, estimates: Iterable[MemoryEstimate]) -> bool:
        """Whether these models fit together: each device's needs summed against what it has."""
        cpu, gpu = self._needs(estimates)
        return cpu <= self.budget.cpu and all(need <= have for need, have in zip(gpu, self.budget.gpu, strict=True))

    def cpu_room(self, estimates: Iterable[MemoryEstimate]) -> int:
        """The processor's memory these models leave unused (0 when they take it all): what the prompt cache, which
        lives in the process's own memory, may have (app/host/prompt_cache.py)."""
        cpu, _ = self._needs(estimates)
        return max(self.budget.cpu - cpu, 0)

    def _needs(self, estimates: Iterable[MemoryEstimate]) -> tuple[int, list[int]]:
        cpu = 0
        gpu = [0] * len(self.budget.gpu)
        for estimate in estimates:
            for name, device in estimate.devices.items():
                if name == "cpu" or not gpu:
                    cpu += device.total_bytes
                else:
                    index = int(name.removeprefix("gpu"))
                    if index < len(gpu):
                        gpu[index] += device.total_bytes
                    if self.budget.unified:
                        cpu += device.total_bytes
        return cpu, gpu
