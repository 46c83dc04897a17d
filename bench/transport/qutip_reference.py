# Reference values of the transport catalogue models with QuTiP 5.3.1 (countstat_current_noise); run with a Python that has qutip.
import numpy as np, qutip as qt, warnings
warnings.filterwarnings("ignore")
def fermi(x,T):
    if T==0: return 1.0 if x<0 else (0.0 if x>0 else 0.5)
    return 1/(np.exp(x/T)+1)
def jw(n):
    a=qt.destroy(2); z=qt.sigmaz()  # qutip: destroy(2) |0>->... basis(2,1) is occupied
    P=qt.Qobj(np.diag([1.,-1.]))
    ops=[]
    for k in range(n):
        f=[P]*k+[a]+[qt.qeye(2)]*(n-k-1)
        ops.append(qt.tensor(f) if n>1 else a)
    return ops
def stats(H, leads, bath):
    # leads: list of (name, op, eps, mu, T, rate)
    cops=[]; Jin=[]; nu=[]
    for name,op,eps,mu,T,G in leads:
        f=fermi(eps-mu,T)
        for J,r,w in ((op,G*(1-f),-1),(op.dag(),G*f,1)):
            if r>0:
                cops.append(np.sqrt(r)*J)
                if name==bath:
                    Jin.append(qt.sprepost(np.sqrt(r)*J,(np.sqrt(r)*J).dag())); nu.append(w)
    L=qt.liouvillian(H,cops)
    rho=qt.steadystate(L)
    nu=np.array(nu)
    Iop=sum(w*j for w,j in zip(nu,Jin)); Jop=sum(w*w*j for w,j in zip(nu,Jin))
    out=qt.countstat_current_noise(L,[],rhoss=rho,J_ops=[Jop],I_ops=[Iop])
    I,S=out[0],out[1]
    return float(np.real(np.ravel(I)[0])), float(np.real(np.ravel(S)[0])), rho
# serial double dot
c1,c2=jw(2); n1=c1.dag()*c1; n2=c2.dag()*c2; I4=qt.qeye([2,2])
eps,Tc,GL,GR=0.3,0.2,0.5,0.8
H=eps/2*(n1-n2)+Tc*(c1.dag()*c2+c2.dag()*c1)
m,s,_=stats(H,[("left",c1*(I4-n2),eps/2,1000,0,GL),("right",c2,-eps/2,-1000,0,GR)],"right")
print("serial", repr(m), repr(s), repr(s/abs(m)))
# single level
c=jw(1)[0]
eps=0.5
m,s,_=stats(eps*c.dag()*c,[("left",c,eps,1.0,0.4,0.3),("right",c,eps,-1.0,0.4,0.7)],"left")
print("single", repr(m), repr(s))
# coulomb-coupled dots (Sanchez-Buttiker)
e1,e2,U,GL,GR,GH,Tc_,TH,muL,muR,muH=0.0,0.1,0.6,0.1,0.1,0.2,0.2,1.0,-0.05,0.05,0.0
H=e1*n1+e2*n2+U*n1*n2
leads=[("left",c1*(I4-n2),e1,muL,Tc_,GL),("right",c1*n2,e1+U,muR,Tc_,GR),("hot",c2*(I4-n1),e2,muH,TH,GH),("hot",c2*n1,e2+U,muH,TH,GH)]
m,s,rho=stats(H,leads,"left")
print("ccdd", repr(m), repr(s), repr(s/abs(m)))
N=n1+n2
def flows(name):
    JN=JE=0.0
    for nm,op,eps,mu,T,G in leads:
        if nm!=name: continue
        f=fermi(eps-mu,T)
        for J,r in ((op,G*(1-f)),(op.dag(),G*f)):
            D=r*(J*rho*J.dag()-0.5*(J.dag()*J*rho+rho*J.dag()*J))
            JN+=np.real((N*D).tr()); JE+=np.real((H*D).tr())
    return JN,JE
mus={"left":muL,"right":muR,"hot":muH}; Ts={"left":Tc_,"right":Tc_,"hot":TH}
Q={}
for b in ("left","right","hot"):
    JN,JE=flows(b); Q[b]=JE-mus[b]*JN
    print(b, repr(JN), repr(JE), repr(Q[b]))
P=sum(Q.values()); sig=-sum(Q[b]/Ts[b] for b in Q)
print("P",repr(P),"eta",repr(P/sum(max(0,q) for q in Q.values())),"sigma",repr(sig),"tur",repr(s*sig/m**2))
