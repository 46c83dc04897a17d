# Exact Stoof-Nazarov current and noise (serial-double-dot) by implicit differentiation of the tilted Liouvillian characteristic polynomial.
import sympy as sp
s,th=sp.symbols('s theta')
R=sp.Rational
def cumulants(eps,Tc,GL,GR, order=3):
    d=3
    H=sp.Matrix([[0,0,0],[0,eps/2,Tc],[0,Tc,-eps/2]])
    I=sp.eye(d)
    kron=sp.kronecker_product if hasattr(sp,'kronecker_product') else None
    from sympy.physics.quantum import TensorProduct as kron
    L=-sp.I*(kron(I,H)-kron(H.T,I))
    Jin=sp.Matrix([[0,0,0],[1,0,0],[0,0,0]])*sp.sqrt(GL)
    Jout=sp.Matrix([[0,0,1],[0,0,0],[0,0,0]])*sp.sqrt(GR)
    for J,tilt in ((Jin,1),(Jout,sp.exp(-s))):
        JJ=J.H*J
        L+= tilt*kron(J.conjugate(),J) - (kron(I,JJ)+kron(JJ.T,I))/2
    P=(L-th*sp.eye(9)).det(method='berkowitz')
    a=sp.symbols('a1:%d'%(order+1))
    ser=sum(a[k]*s**(k+1)/sp.factorial(k+1) for k in range(order))
    E=sp.series(P.subs(th,ser),s,0,order+1).removeO()
    E=sp.expand(E)
    sol={}
    for k in range(1,order+1):
        eq=E.coeff(s,k).subs(sol)
        v=sp.solve(eq,a[k-1])
        sol[a[k-1]]=sp.nsimplify(v[0]) if v else None
    return [sp.simplify(sol[a[k]]) for k in range(order)]
eps,Tc,GL,GR=R(3,10),R(1,5),R(1,2),R(4,5)
c=cumulants(eps,Tc,GL,GR,2)
print([sp.N(x,20) for x in c])
sn=GR*Tc**2/(Tc**2*(2+GR/GL)+GR**2/4+eps**2)
print('stoof-nazarov', sp.N(sn,20), 'fano', sp.N(c[1]/c[0],20))
